/**
 * Table cells of dates (`column-startDate`, `column-pairedOn`, ...) stay on one line: a date
 * broken after its month is hard to read.
 */
export const noWrapDates = {
  '& td[class*="Date"], & td[class*="On"], & td.column-since': { whiteSpace: 'nowrap' },
} as const;
