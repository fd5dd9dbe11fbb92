/** The demo users' names as shown in the console (a unit's user is its 村务/社区专干). */
const UNIT_USER_NAMES = [
  '张丽', '李娜', '王芳', '刘洋', '陈静', '杨帆', '赵敏', '黄磊', '周婷', '吴刚',
  '徐莉', '孙浩', '胡娟', '朱琳', '高峰', '林慧', '何军', '郭颖', '马超', '罗丹',
  '梁晨', '宋佳', '郑凯', '谢雨', '韩梅', '唐亮',
];

export const DEMO_ADMIN_NAME = '李建华';
export const DEMO_ANALYST_NAME = '周文斌';

/** The name of the n-th unit's user (0-based). */
export function demoUnitUserName(index: number): string {
  return UNIT_USER_NAMES[index % UNIT_USER_NAMES.length]!;
}
