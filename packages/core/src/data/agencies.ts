import { z } from 'zod';
import { Provenance } from './provenance.js';

/**
 * What sort of body an agency is. The reference file describes kinds in prose; this is the coarse grouping the
 * ledger needs (e.g. to tell provincial departments from central field offices and banks).
 */
export const AgencyKind = z.enum([
  /** 省政府组成部门: a department (厅) or commission (委) of the provincial government. */
  'provincial-department',
  /** 省政府直属机构: a bureau directly under the provincial government. */
  'provincial-directly-affiliated',
  /** 省政府办事机构 or other office of the provincial government (法制办, 金融办). */
  'provincial-office',
  /** A central agency's office in Qinghai under vertical or dual leadership (通信管理局, 人行, 证监局 …). */
  'central-field-office',
  /** A bank's Qinghai branch (国家开发银行, 中国农业发展银行). */
  'financial-institution',
  /** A department of the provincial Party committee (省委宣传部). */
  'party-organ',
  /** Anything else, e.g. the office of the 机构编制委员会, a joint Party–government body. */
  'other',
]);
export type AgencyKind = z.infer<typeof AgencyKind>;

/**
 * How a 2016 body relates to a later one:
 * - `reorganised`: the body itself continues, under a new name and/or with changed functions;
 * - `merged-into`: the body ended and its functions went into the named body, together with others';
 * - `functions-transferred`: some of its functions went to the named body (its main line continues elsewhere).
 */
export const SuccessorRelation = z.enum(['reorganised', 'merged-into', 'functions-transferred']);
export type SuccessorRelation = z.infer<typeof SuccessorRelation>;

/** A body that took over (some of) an agency's work after a later institutional reform. */
export const Successor = z.object({
  /** Official full name, e.g. `青海省自然资源厅`. */
  name: z.string().min(1),
  /** Short name where a source gives one, e.g. `省卫生健康委`; otherwise null. */
  short: z.string().min(1).nullable(),
  relation: SuccessorRelation,
  /** When, as precisely as known: `2018`, `2018-11-29`; null when not even the year is known. */
  since: z
    .string()
    .regex(/^\d{4}(-\d{2}-\d{2})?$/)
    .nullable(),
  provenance: Provenance,
});
export type Successor = z.infer<typeof Successor>;

/** A body the document names in a responsibility clause, as it was in 2016. */
export const Agency = z.object({
  /** Stable ASCII id, e.g. `qh-housing`. An id never changes meaning; a new body gets a new id. */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  /** The name as written in the document, e.g. `省住房城乡建设厅`. */
  short: z.string().min(1),
  /** Official full name in 2016, e.g. `青海省住房和城乡建设厅`. */
  full: z.string().min(1),
  kind: AgencyKind,
  /** Other ways people write it, e.g. `省住建厅`. Never includes `short` or `full`. */
  aliases: z.array(z.string().min(1)),
  /** Later bodies, oldest first. */
  successors: z.array(Successor),
  provenance: z.object({
    short: Provenance,
    full: Provenance,
    kind: Provenance,
    /** One record for all aliases: they are conventional abbreviations, none checked. */
    aliases: Provenance,
  }),
});
export type Agency = z.infer<typeof Agency>;
