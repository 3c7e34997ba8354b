/**
 * Every migration, in order. Listed rather than globbed so they load through the same module
 * system as the rest of the code (tsc output, swc in development, vite in tests).
 * `pnpm db:migration:create` writes a new file; add it here.
 */
import { Migration20261121063122_foundation } from './Migration20261121063122_foundation.js';
import { Migration20261121063652_attachment } from './Migration20261121063652_attachment.js';
import { Migration20261121063817_process } from './Migration20261121063817_process.js';
import { Migration20261121064135_studio } from './Migration20261121064135_studio.js';
import { Migration20261121064155_suggestion } from './Migration20261121064155_suggestion.js';
import { Migration20261121064236_participation } from './Migration20261121064236_participation.js';
import { Migration20261130213000_demo_clock } from './Migration20261130213000_demo_clock.js';
import { Migration20261130224500_idempotency_fingerprint } from './Migration20261130224500_idempotency_fingerprint.js';
import { Migration20261130224600_sign_in } from './Migration20261130224600_sign_in.js';
import { Migration20261201010000_registry } from './Migration20261201010000_registry.js';
import { Migration20261201011500_model_worker_profile } from './Migration20261201011500_model_worker_profile.js';
import { Migration20261201014244_care } from './Migration20261201014244_care.js';
import { Migration20261201024500_model_worker_honor_index } from './Migration20261201024500_model_worker_honor_index.js';
import { Migration20261202040000_registry_import } from './Migration20261202040000_registry_import.js';
import { Migration20261202050000_care_health } from './Migration20261202050000_care_health.js';
import { Migration20261202060000_care_money } from './Migration20261202060000_care_money.js';
import { Migration20261202070000_care_visits } from './Migration20261202070000_care_visits.js';
import { Migration20261202080000_notification } from './Migration20261202080000_notification.js';
import { Migration20261203010000_notification_jobs } from './Migration20261203010000_notification_jobs.js';
import { Migration20261203020000_care_charge_checks } from './Migration20261203020000_care_charge_checks.js';
import { Migration20261203021000_care_check_elsewhere } from './Migration20261203021000_care_check_elsewhere.js';
import { Migration20261203040000_registry_import_office } from './Migration20261203040000_registry_import_office.js';
import { Migration20261203041000_nomination_id_number_sealed } from './Migration20261203041000_nomination_id_number_sealed.js';
import { Migration20261203060000_queue_notifications } from './Migration20261203060000_queue_notifications.js';

export const migrationsList = [
  { name: 'Migration20261121063122_foundation', class: Migration20261121063122_foundation },
  { name: 'Migration20261121063652_attachment', class: Migration20261121063652_attachment },
  { name: 'Migration20261121063817_process', class: Migration20261121063817_process },
  { name: 'Migration20261121064135_studio', class: Migration20261121064135_studio },
  { name: 'Migration20261121064155_suggestion', class: Migration20261121064155_suggestion },
  { name: 'Migration20261121064236_participation', class: Migration20261121064236_participation },
  { name: 'Migration20261130213000_demo_clock', class: Migration20261130213000_demo_clock },
  { name: 'Migration20261130224500_idempotency_fingerprint', class: Migration20261130224500_idempotency_fingerprint },
  { name: 'Migration20261130224600_sign_in', class: Migration20261130224600_sign_in },
  { name: 'Migration20261201010000_registry', class: Migration20261201010000_registry },
  { name: 'Migration20261201011500_model_worker_profile', class: Migration20261201011500_model_worker_profile },
  { name: 'Migration20261201014244_care', class: Migration20261201014244_care },
  { name: 'Migration20261201024500_model_worker_honor_index', class: Migration20261201024500_model_worker_honor_index },
  { name: 'Migration20261202040000_registry_import', class: Migration20261202040000_registry_import },
  { name: 'Migration20261202050000_care_health', class: Migration20261202050000_care_health },
  { name: 'Migration20261202060000_care_money', class: Migration20261202060000_care_money },
  { name: 'Migration20261202070000_care_visits', class: Migration20261202070000_care_visits },
  { name: 'Migration20261202080000_notification', class: Migration20261202080000_notification },
  { name: 'Migration20261203010000_notification_jobs', class: Migration20261203010000_notification_jobs },
  { name: 'Migration20261203020000_care_charge_checks', class: Migration20261203020000_care_charge_checks },
  { name: 'Migration20261203021000_care_check_elsewhere', class: Migration20261203021000_care_check_elsewhere },
  { name: 'Migration20261203040000_registry_import_office', class: Migration20261203040000_registry_import_office },
  { name: 'Migration20261203041000_nomination_id_number_sealed', class: Migration20261203041000_nomination_id_number_sealed },
  { name: 'Migration20261203060000_queue_notifications', class: Migration20261203060000_queue_notifications },
];
