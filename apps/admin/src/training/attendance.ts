/** TRN-1 The message key of an attendance value: attended, absent, or not confirmed yet (null). */
export function attendanceKey(attended: unknown): string {
  return attended === true ? 'app.training.attended' : attended === false ? 'app.training.absent' : 'app.training.unconfirmed';
}
