import { Migration } from '@mikro-orm/migrations';

/** Care charges (modules/care) also for health-check attendance and recuperation places: each charged once. */
export class Migration20261203020000_care_charge_checks extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "care_charge" add column "check_booking_id" uuid null, add column "recuperation_enrolment_id" uuid null;`);
    this.addSql(`alter table "care_charge" add constraint "care_charge_check_once" unique ("check_booking_id");`);
    this.addSql(`alter table "care_charge" add constraint "care_charge_recuperation_once" unique ("recuperation_enrolment_id");`);
    this.addSql(`alter table "care_charge" add constraint "care_charge_check_booking_id_foreign" foreign key ("check_booking_id") references "health_check_booking" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "care_charge" add constraint "care_charge_recuperation_enrolment_id_foreign" foreign key ("recuperation_enrolment_id") references "recuperation_enrolment" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "care_charge" drop constraint care_charge_one_subject;`);
    this.addSql(`alter table "care_charge" add constraint care_charge_one_subject check (num_nonnulls(grant_id, roll_id, check_booking_id, recuperation_enrolment_id) = 1);`);
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "care_charge" where check_booking_id is not null or recuperation_enrolment_id is not null;`);
    this.addSql(`alter table "care_charge" drop constraint care_charge_one_subject;`);
    this.addSql(`alter table "care_charge" add constraint care_charge_one_subject check ((grant_id is null) <> (roll_id is null));`);
    this.addSql(`alter table "care_charge" drop column "check_booking_id", drop column "recuperation_enrolment_id";`);
  }

}
