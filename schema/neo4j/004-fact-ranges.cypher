// Facts in a date range (what changed between two dates): the earliest start day of the event relationships.
CREATE INDEX holds_post_start_earliest IF NOT EXISTS FOR ()-[r:HOLDS_POST]-() ON (r.startEarliest);
CREATE INDEX changed_status_start_earliest IF NOT EXISTS FOR ()-[r:CHANGED_STATUS]-() ON (r.startEarliest);
CREATE INDEX field_start_earliest IF NOT EXISTS FOR ()-[r:FIELD]-() ON (r.startEarliest);
CREATE INDEX party_to_start_earliest IF NOT EXISTS FOR ()-[r:PARTY_TO]-() ON (r.startEarliest);
CREATE INDEX participated_in_start_earliest IF NOT EXISTS FOR ()-[r:PARTICIPATED_IN]-() ON (r.startEarliest);
CREATE INDEX hosted_by_start_earliest IF NOT EXISTS FOR ()-[r:HOSTED_BY]-() ON (r.startEarliest);
CREATE INDEX held_in_start_earliest IF NOT EXISTS FOR ()-[r:HELD_IN]-() ON (r.startEarliest);
