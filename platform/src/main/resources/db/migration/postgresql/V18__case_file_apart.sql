-- Every follow-up writes its case view's row again whole, and the registration's JSON was most of
-- it (1,117 bytes a row at 10,000 patients, docs/benchmarks.md, session 30). The registration and
-- the care team, which a visit does not change, move to a row of their own.
create table q_case_file (
    id varchar(36) not null,
    registration_json varchar(20000),
    care_team_json varchar(20000),
    primary key (id)
);
insert into q_case_file (id, registration_json, care_team_json)
    select id, registration_json, care_team_json from q_case_view;
alter table q_case_view drop column registration_json;
alter table q_case_view drop column care_team_json;
