import { Unzip, UnzipInflate } from 'fflate';

/**
 * The bounds of an uploaded workbook, checked before any spreadsheet parser sees it: the upload's
 * size, what the zip expands to (a "zip bomb" is refused after counting, never held in memory),
 * and how many data rows the roster may have (reading stops at the first row beyond).
 */
export const EXCEL_LIMITS = {
  maxUploadBytes: Number(process.env.LIMIT_EXCEL_UPLOAD_BYTES ?? 20 * 1024 * 1024),
  maxUncompressedBytes: Number(process.env.LIMIT_EXCEL_UNCOMPRESSED_BYTES ?? 400 * 1024 * 1024),
  /** expansion of the whole file, uncompressed / compressed (spreadsheets are near 10; bombs are near 1000) */
  maxRatio: 200,
  maxRows: Number(process.env.LIMIT_EXCEL_ROWS ?? 100_000),
};

/** A refused file: nothing was read into the database; the message says what to do, in English and Chinese. */
export class WorkbookError extends Error {
  constructor(
    readonly code: 'BAD_USER_INPUT' | 'PAYLOAD_TOO_LARGE',
    message: string,
    readonly messageZh: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** Whether the upload looks like an .xlsx (a zip); refuses everything else with the reason. */
export function checkWorkbookBytes(bytes: Buffer): void {
  if (bytes.length === 0) throw new WorkbookError('BAD_USER_INPUT', 'The upload is empty: choose an .xlsx file.', '上传的文件为空，请选择 .xlsx 文件');
  if (bytes.subarray(0, 8).equals(OLE)) {
    // An encrypted .xlsx is an OLE compound file with an "EncryptionInfo" stream; otherwise it is an old .xls
    if (bytes.includes(Buffer.from('EncryptionInfo', 'utf16le'))) {
      throw new WorkbookError('BAD_USER_INPUT', 'The workbook is password-protected: remove the password in Excel and upload it again.', '该工作簿设置了密码保护，请在 Excel 中取消密码后重新上传');
    }
    throw new WorkbookError('BAD_USER_INPUT', 'This is an old .xls workbook: save it as .xlsx (Excel Workbook) and upload it again.', '这是旧版 .xls 文件，请在 Excel 中另存为 .xlsx 格式后重新上传');
  }
  if (bytes.readUInt32LE(0) !== 0x04034b50) {
    throw new WorkbookError('BAD_USER_INPUT', 'The file is not an Excel workbook (.xlsx).', '该文件不是 Excel 工作簿(.xlsx)');
  }
  // what the file may expand to: its size times the ratio (at least 10 MB, for small files), within the absolute bound
  const limit = Math.min(EXCEL_LIMITS.maxUncompressedBytes, Math.max(10 * 1024 * 1024, bytes.length * EXCEL_LIMITS.maxRatio));
  let total = 0;
  let refused: WorkbookError | null = null;
  let names = 0;
  const unzip = new Unzip((file) => {
    names += 1;
    file.ondata = (error, chunk) => {
      if (refused) return;
      if (error) {
        refused = new WorkbookError('BAD_USER_INPUT', 'The file is damaged: it is not a readable Excel workbook.', '文件已损坏，无法作为 Excel 工作簿读取');
        return;
      }
      total += chunk.length;
      if (total > limit) {
        refused = new WorkbookError(
          'BAD_USER_INPUT',
          `The workbook expands to more than ${Math.round(limit / 1048576)} MB: it is refused (split it into smaller files).`,
          '该工作簿解压后过大(疑似压缩炸弹)，已拒绝；请拆分为较小的文件',
        );
        file.terminate();
      }
    };
    if (!refused) file.start();
  });
  unzip.register(UnzipInflate);
  try {
    // fed in slices, so that a refusal stops the work at once
    for (let offset = 0; offset < bytes.length && !refused; offset += 65536) {
      unzip.push(bytes.subarray(offset, Math.min(offset + 65536, bytes.length)), offset + 65536 >= bytes.length);
    }
  } catch {
    refused ??= new WorkbookError('BAD_USER_INPUT', 'The file is damaged: it is not a readable Excel workbook.', '文件已损坏，无法作为 Excel 工作簿读取');
  }
  if (refused) throw refused;
  if (names === 0) throw new WorkbookError('BAD_USER_INPUT', 'The file is not an Excel workbook (.xlsx).', '该文件不是 Excel 工作簿(.xlsx)');
}
