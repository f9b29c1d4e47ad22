import * as migration_20261121_190736_initial from './20261121_190736_initial';
import * as migration_20261121_203304_content_model from './20261121_203304_content_model';

export const migrations = [
  {
    up: migration_20261121_190736_initial.up,
    down: migration_20261121_190736_initial.down,
    name: '20261121_190736_initial',
  },
  {
    up: migration_20261121_203304_content_model.up,
    down: migration_20261121_203304_content_model.down,
    name: '20261121_203304_content_model'
  },
];
