import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';
import { enumMessages } from '../common/enums';
import { mergeMessages } from './merge';

/** The console's own messages in English: `resources.*` (labels of resources and fields) and `app.*`. */
export const appEnglishMessages = {
  resources: {
    units: {
      name: 'Village/community |||| Villages/communities',
      fields: {
        id: 'ID',
        q: 'Search',
        name: 'Name',
        kind: 'Kind',
        code: 'Code',
        version: 'Version',
        createdAt: 'Created',
        updatedAt: 'Updated',
      },
    },
    posts: {
      name: 'Post |||| Posts',
      fields: {
        id: 'ID',
        q: 'Search',
        unitId: 'Village/community',
        title: 'Title',
        name: 'Post name',
        isMainLeader: 'Main leader',
        version: 'Version',
      },
    },
    cadres: {
      name: 'Cadre |||| Cadres',
      fields: {
        id: 'ID',
        q: 'Search',
        unitId: 'Village/community',
        name: 'Name',
        gender: 'Gender',
        birthDate: 'Date of birth',
        birthDate_gte: 'Born on or after',
        birthDate_lte: 'Born on or before',
        age: 'Age',
        ethnicity: 'Ethnicity',
        education: 'Education',
        politicalStatus: 'Political status',
        phone: 'Phone',
        idNumber: 'ID card number',
        isCollegeGraduateOfficial: 'College-graduate village official',
        note: 'Note',
        version: 'Version',
        createdAt: 'Created',
        updatedAt: 'Updated',
      },
    },
    appointments: {
      name: 'Appointment |||| Appointments',
      fields: {
        id: 'ID',
        unitId: 'Village/community',
        cadreId: 'Cadre',
        postId: 'Post',
        startDate: 'Start date',
        startDate_gte: 'Started on or after',
        startDate_lte: 'Started on or before',
        endDate: 'End date',
        selectionMethod: 'Selection method',
        status: 'Status',
        note: 'Note',
        version: 'Version',
      },
    },
    users: {
      name: 'User |||| Users',
      fields: {
        id: 'ID',
        q: 'Search',
        username: 'Username',
        password: 'Password',
        role: 'Role',
        unitId: 'Village/community',
        piiGranted: 'May see personal data',
        active: 'Active',
        lastLoginAt: 'Last login',
        version: 'Version',
        createdAt: 'Created',
      },
    },
    auditEntries: {
      name: 'Audit entry |||| Audit log',
      fields: {
        id: 'ID',
        q: 'Search',
        at: 'Time',
        at_gte: 'From',
        at_lte: 'Until',
        userId: 'User ID',
        username: 'User',
        action: 'Action',
        entityType: 'Record type',
        entityId: 'Record ID',
        unitId: 'Village/community',
        changes: 'Changes',
        operation: 'Operation',
        field: 'Field',
        before: 'Before',
        after: 'After',
      },
    },
  },
  app: {
    title: 'Village and community "two committees" cadres',
    enum: enumMessages('en'),
    login: {
      title: 'Village and community cadre registry',
      subtitle: 'Subdistrict Party committee',
    },
    dashboard: {
      title: 'Overview',
      welcome: 'Welcome, %{name}',
      role: 'Role: %{role}',
      scope_all: 'You see every village and community of the subdistrict.',
      scope_unit: 'You see the records of %{unit}.',
      units: 'Villages and communities',
      cadres: 'Cadres',
      current_appointments: 'Current appointments',
    },
    unit: {
      posts: 'Posts',
    },
    post: {
      appointments: 'Holders of this post',
    },
    cadre: {
      basic: 'Personal details',
      appointments: 'Appointments',
      no_appointments: 'No appointments recorded.',
    },
    appointment: {
      unit_first: 'Choose the village/community first',
    },
    user: {
      password_help: 'Leave empty to keep the current password',
    },
    audit: {
      mutation: '%{operation}: %{resource}',
      action: { bootstrap: 'Initial set-up', login: 'Signed in', system: 'System' },
      operation: { CREATE: 'Created', UPDATE: 'Updated', DELETE: 'Deleted' },
      empty_value: '(empty)',
    },
    validation: {
      id_number: 'Not a valid ID card number (18 characters, GB 11643 check digit)',
      phone: 'Not a mainland mobile or landline number',
      end_before_start: 'The end date lies before the start date',
    },
    error: {
      not_saved: 'Not saved: %{reason}',
      conflict: 'This record was changed by someone else. The latest version has been reloaded: check it and save again.',
      forbidden: 'You are not allowed to do this.',
      not_found: 'The record does not exist or you may not see it.',
    },
  },
};

/** English: react-admin's messages and ours. */
export const englishAppMessages: TranslationMessages = mergeMessages(englishMessages, appEnglishMessages);
