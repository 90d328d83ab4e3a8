// Arabic keyboards type Arabic-Indic digits (٠١٢…), Persian and Urdu ones the
// extended forms (۰۱۲…), Hindi ones Devanagari digits (०१२…). A number or a
// date means the same in any of these scripts, so readers of numbers and
// dates, and the personal-data screen, fold them to 0–9 first.

/** Arabic-Indic, extended Arabic-Indic and Devanagari digits as 0–9; other text as it is. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f]/g, (d) => {
    const c = d.charCodeAt(0)
    const base = c >= 0x0966 ? 0x0966 : c >= 0x06f0 ? 0x06f0 : 0x0660
    return String(c - base)
  })
}
