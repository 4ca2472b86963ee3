export { Agency, AgencyKind, Successor, SuccessorRelation } from './agencies.js';
export {
  type AgencyMatch,
  type AgencyNameRole,
  agencies,
  agencyById,
  findAgencies,
  findAgency,
} from './agencies-lookup.js';
export { agencyNameForms, agencyNameKey } from './agencies-names.js';
export {
  expandLocalGovernments,
  LocalGovernmentExpansion,
  LocalGovernmentScope,
} from './local-governments.js';
export { FactSource, FactStatus, Provenance } from './provenance.js';
export {
  AGENCY_ROLES,
  type AgencyMeasure,
  type AgencyRole,
  agencyOfName,
  findMeasure,
  findSection,
  measuresOfAgency,
  measuresOfRegion,
  measuresOfSection,
  rolesOf,
} from './queries.js';
export { GbCode, Region, RegionChange, RegionLevel, RegionType } from './regions.js';
export { findRegionGroup, RegionGroup, regionGroups } from './regions-groups.js';
export {
  findRegion,
  isWithin,
  prefectureOf,
  prefectures,
  regionByCode,
  regionById,
  regions,
} from './regions-lookup.js';
export { seedDatasetInfo, seedDocument } from './seed-document.generated.js';
