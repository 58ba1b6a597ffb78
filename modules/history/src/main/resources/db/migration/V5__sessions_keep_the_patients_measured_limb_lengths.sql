-- Since issue 14 an injection point is described along a line between two palpable landmarks ("38% of the
-- way from the acromion to the lateral epicondyle, 2 cm anterior"), its centimetres scaled to the patient's
-- own length of that line when the clinician measured it. A session keeps the four lengths the editor asks
-- for, in centimetres (5 to 100, checked by the model): arm (acromion to lateral epicondyle), forearm
-- (lateral epicondyle to radial styloid), thigh (greater trochanter to lateral femoral epicondyle) and leg
-- (fibular head to lateral malleolus). Each may be missing: NULL, and sessions kept before this measured none.
ALTER TABLE treatment_session ADD COLUMN arm_cm DECIMAL(5, 2);
ALTER TABLE treatment_session ADD COLUMN forearm_cm DECIMAL(5, 2);
ALTER TABLE treatment_session ADD COLUMN thigh_cm DECIMAL(5, 2);
ALTER TABLE treatment_session ADD COLUMN leg_cm DECIMAL(5, 2);
