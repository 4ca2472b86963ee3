/** What the content script tells the popup about the page. Plain data: it crosses a message channel. */
export interface PageSummary {
  /** The page's address: the popup needs it and has no `tabs` permission to read it. */
  url: string;
  status: 'annotated' | 'off' | 'budget-exceeded' | 'running';
  measures: Array<{
    document: string;
    number: number;
    numeral: string;
    title: string;
    score: number;
    phrases: Array<{ phrase: string; count: number }>;
  }>;
  agencies: Array<{
    id: string;
    name: string;
    count: number;
    roles: Array<{ measure: number; numeral: string; role: 'lead' | 'supporting' | 'joint' }>;
  }>;
  regions: Array<{ id: string; name: string; count: number }>;
  documents: Array<{ id: string; count: number }>;
  marks: number;
  elapsedMs: number;
}
