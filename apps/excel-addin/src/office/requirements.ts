/**
 * Which Excel JavaScript API features this Excel has. Fill, Validate and Clear need only ExcelApi 1.9
 * (getRanges, getCellProperties; Office 2019/2021 perpetual have it); anything newer is used only when
 * the host says it has it.
 */
export interface HostFeatures {
  /** ExcelApi 1.18: cell notes, to attach a problem's message to its cell. */
  notes: boolean;
  /** ExcelApi 1.13: a sheet's merged areas, which the grid reports so merged input cells are found. */
  mergedAreas: boolean;
}

export const NO_OPTIONAL_FEATURES: HostFeatures = { notes: false, mergedAreas: false };

/** Asks Office; outside Office (tests, a plain browser) every optional feature is off. */
export function detectHostFeatures(
  office: unknown = (globalThis as { Office?: unknown }).Office,
): HostFeatures {
  const requirements = (
    office as
      | { context?: { requirements?: { isSetSupported(name: string, version: string): boolean } } }
      | undefined
  )?.context?.requirements;
  try {
    return {
      notes: requirements?.isSetSupported('ExcelApi', '1.18') === true,
      mergedAreas: requirements?.isSetSupported('ExcelApi', '1.13') === true,
    };
  } catch {
    return NO_OPTIONAL_FEATURES;
  }
}
