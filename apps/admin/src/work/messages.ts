/** Messages of "My work" and the bulk actions, merged into the app's messages (zh-CN.ts, en.ts). */
export const workChineseMessages = {
  resources: { users: { fields: { displayName: '姓名' } } },
  app: {
    users: { system: '系统' },
    ranking: { rank_tied: '并列第%{rank}名' },
    scores: { no_catalogue_unit: '%{year}年度的考核指标尚未发布，暂无可查看的评分。' },
    audit: {
      linked_record: '(关联记录)',
      yes: '是',
      no: '否',
      entity: { RankingEntry: '考核排名', PolicyValue: '政策参数', ReserveStepRecord: '后备干部程序记录', LoginThrottle: '登录限制', AuditEntry: '操作日志' },
      field: { rank: '名次', total: '总分', key: '参数', value: '参数值', year: '年度', kind: '类型', tied: '并列', streakYears: '连续年数', step: '步骤', approved: '通过', resultingStatus: '结果状态', date: '日期', note: '备注', byUsername: '经办人', displayName: '姓名' },
    },
    user: { display_name_help: '在操作日志、经办人、确认人等处显示的姓名' },
    menu: { my_work: '我的待办' },
    work: {
      title: '我的待办',
      summary: '共 %{count} 项待办',
      nothing: '暂无待办事项',
      error: '待办事项读取失败，请稍后刷新',
      open: '去处理',
      badge: '我的待办：%{count} 项',
    },
    bulk: {
      confirm_attendance: '全部确认参训',
      confirm_attendance_title: '确认全部参训人员出勤',
      confirm_attendance_content: '将本次培训中尚未确认出勤的参训人员(您有权确认的)全部确认为已参加，学时未填的按本次培训学时计。已记录缺勤的不变。',
      record_checks: '批量记录本月检查',
      record_checks_title: '为全部书记记录纪实日志检查',
      record_checks_content: '为该月担任党组织书记且尚未检查的全部人员记录一条检查结果；已有检查记录的保持不变。',
      month: '月份',
      outcome: '检查结果',
      remarks: '备注(未通过时必填)',
    },
  },
};

export const workEnglishMessages = {
  resources: { users: { fields: { displayName: 'Name' } } },
  app: {
    users: { system: 'System' },
    ranking: { rank_tied: 'Tied No. %{rank}' },
    scores: { no_catalogue_unit: 'The %{year} catalogue is not published yet: there is nothing to see.' },
    audit: {
      linked_record: '(linked record)',
      yes: 'Yes',
      no: 'No',
      entity: { RankingEntry: 'Ranking entry', PolicyValue: 'Policy parameter', ReserveStepRecord: 'Reserve step', LoginThrottle: 'Login limit', AuditEntry: 'Audit entry' },
      field: { rank: 'Rank', total: 'Total', key: 'Parameter', value: 'Value', year: 'Year', kind: 'Kind', tied: 'Tied', streakYears: 'Consecutive years', step: 'Step', approved: 'Approved', resultingStatus: 'Resulting status', date: 'Date', note: 'Note', byUsername: 'Handled by', displayName: 'Name' },
    },
    user: { display_name_help: 'Shown in the audit log and as handler or confirmer' },
    menu: { my_work: 'My work' },
    work: {
      title: 'My work',
      summary: '%{count} items waiting',
      nothing: 'Nothing is waiting for you',
      error: 'Could not read your pending work; refresh in a moment',
      open: 'Open',
      badge: 'My work: %{count} waiting',
    },
    bulk: {
      confirm_attendance: 'Confirm all attendance',
      confirm_attendance_title: 'Confirm the attendance of every participant',
      confirm_attendance_content: 'Every participant of this session whose attendance is not recorded yet (among those you may confirm) is confirmed as present, with the session’s hours where none are given. Recorded absences stay.',
      record_checks: 'Record the month’s checks',
      record_checks_title: 'Record the duty-log check of every secretary',
      record_checks_content: 'Records one check for each secretary who held the post in that month and has no check of it yet; existing checks stay.',
      month: 'Month',
      outcome: 'Outcome',
      remarks: 'Remarks (required for a failed check)',
    },
  },
};
