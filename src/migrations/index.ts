import * as migration_20261121_190736_initial from './20261121_190736_initial';

export const migrations = [
  {
    up: migration_20261121_190736_initial.up,
    down: migration_20261121_190736_initial.down,
    name: '20261121_190736_initial'
  },
];
