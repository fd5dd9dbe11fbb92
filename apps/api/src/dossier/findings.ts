import type { DocBlock } from '../documents/model';
import type { Context } from '../graphql/context';

/**
 * 一村一档: the section of the unit's inspection findings (督查发现问题及整改情况). The inspection
 * module (INS-1) fills it in: it replaces this function's body with the unit's findings and their
 * rectification. Until then the section says that there is nothing recorded.
 */
export async function inspectionFindingsSection(_ctx: Context, _unitId: string): Promise<DocBlock[]> {
  return [{ kind: 'paragraph', text: '暂无督查发现问题记录。' }];
}
