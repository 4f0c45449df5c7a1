// Period filters of the dated kinds (meetings between two dates...): the earliest start and latest end day.
CREATE INDEX tenure_version_start_earliest IF NOT EXISTS FOR (v:TenureVersion) ON (v.startEarliest);
CREATE INDEX tenure_version_end_latest IF NOT EXISTS FOR (v:TenureVersion) ON (v.endLatest);
CREATE INDEX meeting_version_start_earliest IF NOT EXISTS FOR (v:MeetingVersion) ON (v.startEarliest);
CREATE INDEX meeting_version_end_latest IF NOT EXISTS FOR (v:MeetingVersion) ON (v.endLatest);
CREATE INDEX agreement_version_start_earliest IF NOT EXISTS FOR (v:AgreementVersion) ON (v.startEarliest);
CREATE INDEX agreement_version_end_latest IF NOT EXISTS FOR (v:AgreementVersion) ON (v.endLatest);
CREATE INDEX membership_change_version_start_earliest IF NOT EXISTS FOR (v:MembershipChangeVersion) ON (v.startEarliest);
CREATE INDEX membership_change_version_end_latest IF NOT EXISTS FOR (v:MembershipChangeVersion) ON (v.endLatest);
CREATE INDEX source_version_start_earliest IF NOT EXISTS FOR (v:SourceVersion) ON (v.startEarliest);
CREATE INDEX source_version_end_latest IF NOT EXISTS FOR (v:SourceVersion) ON (v.endLatest);
