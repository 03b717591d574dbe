import * as migration_20261123_110724_initial from './20261123_110724_initial';
import * as migration_20261123_121743_review_workflow from './20261123_121743_review_workflow';
import * as migration_20261123_130958_import_source from './20261123_130958_import_source';
import * as migration_20261123_142049_keys_and_webhooks from './20261123_142049_keys_and_webhooks';
import * as migration_20261123_144051_posts_delivery_index from './20261123_144051_posts_delivery_index';
import * as migration_20261201_214408_sign_off_covers_what_sites_show from './20261201_214408_sign_off_covers_what_sites_show';
import * as migration_20261201_221325_claim_fallout from './20261201_221325_claim_fallout';
import * as migration_20261201_224229_login_throttling_replaces_lockout from './20261201_224229_login_throttling_replaces_lockout';
import * as migration_20261202_014518_delivery_documents from './20261202_014518_delivery_documents';
import * as migration_20261202_075608_delivery_texts_parent_index from './20261202_075608_delivery_texts_parent_index';
import * as migration_20261202_164531_clinic_crisis_number from './20261202_164531_clinic_crisis_number';
import * as migration_20261203_143119_clinic_site_paths from './20261203_143119_clinic_site_paths';
import * as migration_20261203_144603_delivery_render_version from './20261203_144603_delivery_render_version';
import * as migration_20261203_150608_author_reviewer_profile from './20261203_150608_author_reviewer_profile';
import * as migration_20261204_020338_editor_experience from './20261204_020338_editor_experience';
import * as migration_20261204_184830_library_pickers from './20261204_184830_library_pickers';

export const migrations = [
  {
    up: migration_20261123_110724_initial.up,
    down: migration_20261123_110724_initial.down,
    name: '20261123_110724_initial',
  },
  {
    up: migration_20261123_121743_review_workflow.up,
    down: migration_20261123_121743_review_workflow.down,
    name: '20261123_121743_review_workflow',
  },
  {
    up: migration_20261123_130958_import_source.up,
    down: migration_20261123_130958_import_source.down,
    name: '20261123_130958_import_source',
  },
  {
    up: migration_20261123_142049_keys_and_webhooks.up,
    down: migration_20261123_142049_keys_and_webhooks.down,
    name: '20261123_142049_keys_and_webhooks',
  },
  {
    up: migration_20261123_144051_posts_delivery_index.up,
    down: migration_20261123_144051_posts_delivery_index.down,
    name: '20261123_144051_posts_delivery_index',
  },
  {
    up: migration_20261201_214408_sign_off_covers_what_sites_show.up,
    down: migration_20261201_214408_sign_off_covers_what_sites_show.down,
    name: '20261201_214408_sign_off_covers_what_sites_show',
  },
  {
    up: migration_20261201_221325_claim_fallout.up,
    down: migration_20261201_221325_claim_fallout.down,
    name: '20261201_221325_claim_fallout',
  },
  {
    up: migration_20261201_224229_login_throttling_replaces_lockout.up,
    down: migration_20261201_224229_login_throttling_replaces_lockout.down,
    name: '20261201_224229_login_throttling_replaces_lockout',
  },
  {
    up: migration_20261202_014518_delivery_documents.up,
    down: migration_20261202_014518_delivery_documents.down,
    name: '20261202_014518_delivery_documents',
  },
  {
    up: migration_20261202_075608_delivery_texts_parent_index.up,
    down: migration_20261202_075608_delivery_texts_parent_index.down,
    name: '20261202_075608_delivery_texts_parent_index',
  },
  {
    up: migration_20261202_164531_clinic_crisis_number.up,
    down: migration_20261202_164531_clinic_crisis_number.down,
    name: '20261202_164531_clinic_crisis_number',
  },
  {
    up: migration_20261203_143119_clinic_site_paths.up,
    down: migration_20261203_143119_clinic_site_paths.down,
    name: '20261203_143119_clinic_site_paths',
  },
  {
    up: migration_20261203_144603_delivery_render_version.up,
    down: migration_20261203_144603_delivery_render_version.down,
    name: '20261203_144603_delivery_render_version',
  },
  {
    up: migration_20261203_150608_author_reviewer_profile.up,
    down: migration_20261203_150608_author_reviewer_profile.down,
    name: '20261203_150608_author_reviewer_profile',
  },
  {
    up: migration_20261204_020338_editor_experience.up,
    down: migration_20261204_020338_editor_experience.down,
    name: '20261204_020338_editor_experience',
  },
  {
    up: migration_20261204_184830_library_pickers.up,
    down: migration_20261204_184830_library_pickers.down,
    name: '20261204_184830_library_pickers'
  },
];
