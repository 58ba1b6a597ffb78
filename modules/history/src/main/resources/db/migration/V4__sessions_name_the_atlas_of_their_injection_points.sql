-- Injection points are kept in metres in the frame of the atlas they were placed on. Since issue 13
-- the atlas can change (an imported BodyParts3D atlas, a clinic's meshes), so a session names the atlas
-- of its points (Myoplan's AtlasIdentity, 16 hexadecimal digits); opened on another atlas, its points
-- are moved onto the same muscles there. Sessions kept before this were placed on the built-in atlas,
-- the only one there was: the empty name stands for it.
ALTER TABLE treatment_session ADD COLUMN points_atlas VARCHAR(64) DEFAULT '' NOT NULL;
