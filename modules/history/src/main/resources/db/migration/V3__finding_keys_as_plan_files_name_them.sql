-- Finding keys now name a field as plan files do ("screening:pregnancyOrBreastfeeding", not
-- "screening:pregnancy_or_breastfeeding"; "dilution:diluentMl", "dilution:vialUnits"), so that an
-- acknowledgement can be written from the documentation. Acknowledgements kept under the old keys are
-- renamed, each rename audited, so that they keep standing with the findings they answered.
CREATE TABLE finding_key_rename (
    old_key VARCHAR(200) PRIMARY KEY,
    new_key VARCHAR(200) NOT NULL
);
INSERT INTO finding_key_rename (old_key, new_key) VALUES
    ('screening:neuromuscular_disease', 'screening:neuromuscularDisease'),
    ('screening:pregnancy_or_breastfeeding', 'screening:pregnancyOrBreastfeeding'),
    ('screening:toxin_or_albumin_allergy', 'screening:toxinOrAlbuminAllergy'),
    ('screening:infection_at_site', 'screening:infectionAtSite'),
    ('screening:neuromuscular_drugs', 'screening:neuromuscularDrugs'),
    ('screening:swallowing_or_breathing_problems', 'screening:swallowingOrBreathingProblems'),
    ('screening:recent_toxin_injection', 'screening:recentToxinInjection'),
    ('dilution:diluent', 'dilution:diluentMl'),
    ('dilution:vial-size', 'dilution:vialUnits');

INSERT INTO audit_log (occurred_at, who, entity, entity_id, action, before_json, after_json)
SELECT CURRENT_TIMESTAMP, 'Myoplan schema migration 3', 'acknowledged_warning', a.id, 'UPDATE',
       '{"findingKey":"' || a.finding_key || '"}', '{"findingKey":"' || r.new_key || '"}'
FROM acknowledged_warning a JOIN finding_key_rename r ON a.finding_key = r.old_key;

UPDATE acknowledged_warning SET finding_key =
    (SELECT r.new_key FROM finding_key_rename r WHERE r.old_key = acknowledged_warning.finding_key)
WHERE finding_key IN (SELECT old_key FROM finding_key_rename);

DROP TABLE finding_key_rename;
