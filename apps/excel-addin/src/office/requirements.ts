/**
 * Which Excel JavaScript API features this Excel has. Fill, Validate and Clear need only ExcelApi 1.9
 * (Office 2019/2021 perpetual have it); anything newer is used only when the host says it has it.
 */
export interface HostFeatures {
  /** ExcelApi 1.18: cell notes, to attach a problem's message to its cell. */
  notes: boolean;
  /** ExcelApi 1.13: merged areas of a used range, reported in the grid. */
  mergedAreas: boolean;
}

export const NO_OPTIONAL_FEATURES: HostFeatures = { notes: false, mergedAreas: false };

/** Asks Office; outside Office (tests, a plain browser) every optional feature is off. */
export function detectHostFeatures(): HostFeatures {
  const requirements = (globalThis as { Office?: typeof Office }).Office?.context?.requirements;
  const has = (version: string) => {
    try {
      return requirements?.isSetSupported('ExcelApi', version) === true;
    } catch {
      return false;
    }
  };
  return { notes: has('1.18'), mergedAreas: has('1.13') };
}
