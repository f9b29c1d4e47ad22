import * as migration_20261121_190736_initial from './20261121_190736_initial';
import * as migration_20261121_203304_content_model from './20261121_203304_content_model';
import * as migration_20261121_205908_review_workflow from './20261121_205908_review_workflow';
import * as migration_20261121_213427_publish_guard from './20261121_213427_publish_guard';
import * as migration_20261121_215541_translation_status from './20261121_215541_translation_status';
import * as migration_20261202_004959_users_without_lockout from './20261202_004959_users_without_lockout';
import * as migration_20261202_005000_sign_in_protection from './20261202_005000_sign_in_protection';

export const migrations = [
  {
    up: migration_20261121_190736_initial.up,
    down: migration_20261121_190736_initial.down,
    name: '20261121_190736_initial',
  },
  {
    up: migration_20261121_203304_content_model.up,
    down: migration_20261121_203304_content_model.down,
    name: '20261121_203304_content_model',
  },
  {
    up: migration_20261121_205908_review_workflow.up,
    down: migration_20261121_205908_review_workflow.down,
    name: '20261121_205908_review_workflow',
  },
  {
    up: migration_20261121_213427_publish_guard.up,
    down: migration_20261121_213427_publish_guard.down,
    name: '20261121_213427_publish_guard',
  },
  {
    up: migration_20261121_215541_translation_status.up,
    down: migration_20261121_215541_translation_status.down,
    name: '20261121_215541_translation_status',
  },
  {
    up: migration_20261202_004959_users_without_lockout.up,
    down: migration_20261202_004959_users_without_lockout.down,
    name: '20261202_004959_users_without_lockout',
  },
  {
    up: migration_20261202_005000_sign_in_protection.up,
    down: migration_20261202_005000_sign_in_protection.down,
    name: '20261202_005000_sign_in_protection',
  },
];
