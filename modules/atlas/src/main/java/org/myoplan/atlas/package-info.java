/**
 * Myoplan's anatomical atlas, with no UI dependencies.
 *
 * <p>World frame: metres; Y up with the feet on y = 0; Z anterior (the body faces +Z); X the patient's
 * LEFT (in an anterior view the patient's left is on the viewer's right). A standard adult of 1.75 m in
 * the anatomical position (standing, arms at the sides, palms forward).
 *
 * <ul>
 * <li>{@link org.myoplan.atlas.Atlas#loadDefault()} generates the built-in atlas from the module's data file
 *     {@code org/myoplan/atlas/default.atlas}: {@link org.myoplan.atlas.Atlas#muscles()} (both sides, keys such
 *     as {@code biceps_brachii.left}), {@link org.myoplan.atlas.Atlas#bones()}, {@link org.myoplan.atlas.Atlas#skin()},
 *     group resolution ({@link org.myoplan.atlas.Atlas#resolve(String)}) and spasticity patterns.</li>
 * <li>{@link org.myoplan.atlas.MuscleSearch} finds muscles by name, synonym or abbreviation.</li>
 * <li>{@link org.myoplan.atlas.RayPicker} picks the muscle under a ray on the CPU over a BVH.</li>
 * <li>{@link org.myoplan.atlas.ObjAtlasImporter} replaces built-in meshes with a clinic's OBJ meshes.</li>
 * </ul>
 * Meshes ({@link org.myoplan.atlas.geometry.Mesh}) are closed, counter-clockwise from outside, with unit vertex
 * normals pointing outward.
 */
package org.myoplan.atlas;
