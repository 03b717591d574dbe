import * as migration_20261123_110724_initial from './20261123_110724_initial';

export const migrations = [
  {
    up: migration_20261123_110724_initial.up,
    down: migration_20261123_110724_initial.down,
    name: '20261123_110724_initial'
  },
];
