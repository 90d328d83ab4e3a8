import { policySources } from './sources.ts'
import { policyReason } from './reason.ts'
import type { Reason, ReasonCode, Severity, SourceRef } from './types.ts'

// Red flags in a provider's own words, in every language the site speaks
// (English, French, Arabic). Text is normalised first: case, accents, Arabic
// letter variants and diacritics, and Arabic-Indic digits. What each flag
// tells the reader is the message listing.reason.<code>.
export type RedFlagCode = Extract<ReasonCode, `claim.${string}`>

type Flag = {
  code: RedFlagCode
  severity: Severity
  source: SourceRef
  patterns: RegExp[]
  /** A negation just before the match ("not a cure", "n'est pas un remède") cancels it. */
  negatable?: boolean
}

export function normaliseClaims(text: string): string {
  return text
    .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .normalize('NFKD')
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670]/g, '')
    .replace(/\u0640/g, '')
    .replace(/[إأآ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/[’‘`]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
}

const flags: Flag[] = [
  {
    code: 'claim.cure',
    severity: 'block',
    source: policySources.isscr,
    negatable: true,
    patterns: [
      /\bcur(e|es|ed|ing)\b/,
      /\brevers(e|es|ed|al|ing)\b/,
      /\b(heal|heals|healed)\b/,
      /\bgueri(r|t|son|sons)\b/,
      /\bremede definitif\b/,
      /\binverser (la|le|les)\b/,
      /شفاء/,
      /يشفي/,
      /علاج (نهائي|شاف)/,
      /عكس (المرض|التصلب)/,
    ],
  },
  {
    code: 'claim.success-rate',
    severity: 'block',
    source: policySources.isscr,
    patterns: [
      /\d{1,3}\s?% (success|improvement|recovery|effective)/,
      /(success|recovery|improvement) rate/,
      /taux de (reussite|succes|guerison|amelioration)/,
      /\d{1,3}\s?% de (reussite|succes|patients ameliores)/,
      /نسبه نجاح/,
      /نسبة نجاح/,
      /معدل (النجاح|نجاح|التحسن)/,
    ],
  },
  {
    code: 'claim.no-risk',
    severity: 'warn',
    source: policySources.fda2021,
    patterns: [
      /100\s?% safe/,
      /\bno (risk|risks|side effects)\b/,
      /\brisk[- ]free\b/,
      /\bcompletely safe\b/,
      /sans (aucun )?(risque|danger|effet secondaire)/,
      /(sur|sure) a 100\s?%/,
      /totalement sans danger/,
      /امن (بنسبه|بنسبة )?100\s?%/,
      /100\s?% امن/,
      /(بدون|بلا|دون) (اي )?(مخاطر|خطر|اثار جانبيه|اثار جانبية)/,
      /امن تماما/,
    ],
  },
  {
    code: 'claim.testimonials',
    severity: 'warn',
    source: policySources.isscr,
    patterns: [
      /testimonial/,
      /success stor(y|ies)/,
      /temoignage/,
      /histoires? de (reussite|succes)/,
      /شهادات (المرضي|المرضى)/,
      /قصص (نجاح|النجاح)/,
    ],
  },
  {
    code: 'claim.autologous-exempt',
    severity: 'warn',
    source: policySources.supremeCourt,
    patterns: [
      /(autologous|own cells|minimally manipulated)[^.]{0,80}(exempt|not a drug|no approval|not regulated)/,
      /(exempt|not a drug|no approval)[^.]{0,60}(autologous|own cells)/,
      /(autologue|propres cellules)[^.]{0,80}(exempte|pas un medicament|aucune autorisation)/,
      /(ذاتيه|ذاتية|خلايا المريض)[^.]{0,80}(معفاه|معفاة|ليست دواء|لا تحتاج)/,
    ],
  },
  {
    code: 'claim.stop-approved-care',
    severity: 'warn',
    source: policySources.aan2009,
    patterns: [
      /(stop|quit|discontinue|no need (for|to take)|instead of)[^.]{0,30}(riluzole|edaravone|ventilat|niv|bipap|feeding tube|peg)/,
      /(no need for|won't need|will not need|avoid) (a )?(ventilation|ventilator|feeding tube|peg)/,
      /(arreter|cesser|pas besoin de)[^.]{0,30}(riluzole|edaravone|ventilation|sonde|gastrostomie)/,
      /(توقف|ايقاف|إيقاف|لا حاجه|لا حاجة)[^.]{0,30}(ريلوزول|ايدارافون|التنفس الصناعي|انبوب التغذيه|انبوب التغذية)/,
    ],
  },
  {
    code: 'claim.pay-for-investigational',
    severity: 'warn',
    source: policySources.fda2021,
    patterns: [
      /(pay|fee|cost|price)[^.]{0,40}(trial|investigational|experimental)/,
      /(payer|frais|prix)[^.]{0,40}(essai|experimental)/,
      /(رسوم|تكلفه|تكلفة|ادفع)[^.]{0,40}(التجربه|التجربة|تجريبي)/,
    ],
  },
  {
    code: 'claim.registered-with-regulator',
    severity: 'warn',
    source: policySources.fda2021,
    patterns: [
      /(registered|approved|certified) (with|by) (the )?(fda|icmr|who)/,
      /(fda|icmr)[- ](registered|approved|certified) (clinic|centre|center|lab|facility)/,
      /(enregistree?s?|approuvee?s?|certifiee?s?) (par|aupres de) (la |l')?(fda|icmr|oms)/,
      /(مسجل|معتمد)[ةه]? (لدي|من) (fda|icmr|هيئه الغذاء|هيئة الغذاء)/,
    ],
  },
  {
    code: 'claim.consent-as-justification',
    severity: 'warn',
    source: policySources.supremeCourt,
    patterns: [
      /(consent form|informed consent)[^.]{0,60}(legal|lawful|allowed|permitted|protect)/,
      /(consentement)[^.]{0,60}(legal|autorise|permis)/,
      /(الموافقه|الموافقة|اقرار)[^.]{0,60}(قانوني|مسموح)/,
    ],
  },
]

// Conditions that share nothing with one another: naming three or more is the
// "same cells for many diseases" sign.
const unrelatedConditions: RegExp[] = [
  /\b(als|sla|motor neur)/,
  /\bautis/,
  /cerebral palsy|paralysie cerebrale|الشلل الدماغي/,
  /\bstroke\b|\bavc\b|accident vasculaire|السكته الدماغيه|السكتة الدماغية/,
  /diabet|السكري/,
  /anti[- ]?ag(e|ing)|anti[- ]?vieillissement|مكافحه الشيخوخه|مكافحة الشيخوخة/,
  /spinal cord injur|lesion de la moelle|اصابه الحبل الشوكي|اصابات الحبل الشوكي/,
  /parkinson|باركنسون/,
  /alzheimer|الزهايمر/,
  /multiple sclerosis|sclerose en plaques|التصلب المتعدد/,
  /توحد/,
]

const negators =
  /(\bnot\b|\bno\b|\bnever\b|\bcannot\b|\bisn't\b|\bdoes not\b|\bpas\b|\bjamais\b|\baucun|\bne\b|لا |ليس|ليست|لن |غير )/

function excerptAround(text: string, index: number, length: number): string {
  const start = Math.max(0, index - 30)
  return text.slice(start, index + length + 30).trim()
}

export function screenClaims(claimsText: string): Reason[] {
  const text = normaliseClaims(claimsText)
  const reasons: Reason[] = []
  for (const flag of flags) {
    for (const pattern of flag.patterns) {
      const m = pattern.exec(text)
      if (!m) continue
      if (flag.negatable) {
        const before = text.slice(Math.max(0, m.index - 25), m.index)
        if (negators.test(before)) continue
      }
      reasons.push(
        policyReason({
          code: flag.code,
          severity: flag.severity,
          basis: { source: flag.source },
          excerpt: excerptAround(text, m.index, m[0].length),
        }),
      )
      break
    }
  }
  const named = unrelatedConditions.filter((re) => re.test(text)).length
  if (named >= 3) {
    reasons.push(
      policyReason({ code: 'claim.many-diseases', severity: 'warn', basis: { source: policySources.isscr } }),
    )
  }
  return reasons
}

export const redFlagCodes = [...flags.map((f) => f.code), 'claim.many-diseases' as const]
