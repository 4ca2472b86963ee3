import { z } from 'zod';

/** Start and end offsets (UTF-16 code units, end exclusive) into the source text the document was parsed from. */
export const TextSpan = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type TextSpan = z.infer<typeof TextSpan>;

/**
 * Who answers for a measure, as the responsibility clause at its end says.
 * Names are exactly as written in the document; resolving them to registry ids is `data/`'s job.
 */
export const Responsibility = z.object({
  /** The clause as written, brackets included. */
  clause: z.string(),
  span: TextSpan,
  /** Local-government phrases as written, e.g. `各市州人民政府`, `西宁、海东市人民政府`. */
  local: z.array(z.string()),
  /** GB/T 2260 codes of the regions the local-government phrases expand to. */
  regions: z.array(z.string()),
  /** Agencies named with 牵头 (or 牵头单位 / 由…牵头). */
  lead: z.array(z.string()),
  /** Agencies named with 配合 (or 会同, 责任单位 after a 牵头单位). */
  supporting: z.array(z.string()),
  /** Agencies named with 按照职能分工负责 (or a bare 责任单位 list): each answers for its own part. */
  joint: z.array(z.string()),
  /** Which written form the clause takes. */
  form: z.enum(['bracketed', 'responsible-units', 'lead-and-responsible-units', 'separate-line', 'led-by']),
});
export type Responsibility = z.infer<typeof Responsibility>;

export const Measure = z.object({
  /** The measure's number as written, as an integer: (三十九) → 39. */
  number: z.number().int().positive(),
  /** The numeral as written, e.g. `三十九`. */
  numeral: z.string(),
  /** Stable id: `M` + two-digit number, e.g. `M05`. */
  id: z.string().regex(/^M\d{2,}$/),
  /** The measure's first sentence, without the number and without the final 。 */
  title: z.string(),
  titleSpan: TextSpan,
  /** The whole measure as written after its number: title, body and responsibility clause. */
  text: z.string(),
  span: TextSpan,
  /** Number of the section the measure belongs to. */
  section: z.number().int().positive(),
  responsibility: Responsibility.nullable(),
});
export type Measure = z.infer<typeof Measure>;

export const Section = z.object({
  /** `十一、…` → 11. */
  number: z.number().int().positive(),
  numeral: z.string(),
  title: z.string(),
  titleSpan: TextSpan,
  /** From the heading to just before the next heading (or the signature). */
  span: TextSpan,
  /** Numbers of the measures in this section, in order. */
  measures: z.array(z.number().int().positive()),
});
export type Section = z.infer<typeof Section>;

export const DocumentMetadata = z.object({
  /** 索引号, e.g. `015000185/2016-00349`. */
  indexNumber: z.string().nullable(),
  /** 发文字号, e.g. `青政〔2016〕76号`. */
  documentNumber: z.string().nullable(),
  /** 发布机构. */
  issuer: z.string().nullable(),
  /** 主题分类, split on 、. */
  topics: z.array(z.string()),
  /** 成文日期, ISO `YYYY-MM-DD`. */
  writtenDate: z.string().nullable(),
  /** 公文时效, e.g. `有效`. */
  validity: z.string().nullable(),
});
export type DocumentMetadata = z.infer<typeof DocumentMetadata>;

export const ParseWarning = z.object({
  code: z.string(),
  message: z.string(),
  line: z.number().int().positive(),
  column: z.number().int().positive(),
  span: TextSpan.optional(),
});
export type ParseWarning = z.infer<typeof ParseWarning>;

export const PolicyDocument = z.object({
  metadata: DocumentMetadata,
  title: z.string(),
  titleSpan: TextSpan.nullable(),
  /** 主送 line, e.g. `各市、自治州人民政府，省政府各委、办、厅、局`. */
  recipients: z.string().nullable(),
  sections: z.array(Section),
  measures: z.array(Measure),
  /** Signature at the end: issuing body and date (ISO). */
  signature: z.object({ issuer: z.string().nullable(), date: z.string().nullable() }),
  /** What the document was parsed from: its length and a hash, so offsets can be checked against the right text. */
  source: z.object({
    length: z.number().int().nonnegative(),
    sha256: z.string().nullable(),
    name: z.string().nullable(),
  }),
  warnings: z.array(ParseWarning),
});
export type PolicyDocument = z.infer<typeof PolicyDocument>;
