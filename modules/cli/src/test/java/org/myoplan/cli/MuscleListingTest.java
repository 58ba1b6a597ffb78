package org.myoplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.myoplan.atlas.Atlas;

class MuscleListingTest {

    private final Atlas atlas = Atlas.loadDefault();

    @Test
    void csvHasAHeaderAndARowAMuscleWithCommasQuoted() {
        String csv = MuscleListing.csv(atlas.muscles());
        String[] lines = csv.split("\n");
        assertEquals("id,key,name,side,limb,region,layer,triangles", lines[0]);
        assertEquals(atlas.muscles().size() + 1, lines.length);
        assertTrue(csv.contains(
                "\nbiceps_brachii,biceps_brachii.right,Biceps brachii,right,upper,arm,superficial,"), csv);
        assertTrue(csv.contains("\"Gastrocnemius, medial head\""), "a comma in a name is quoted");
    }

    @Test
    void jsonIsAnArrayOfObjectsWithEveryColumn() throws Exception {
        JsonNode muscles = new ObjectMapper().readTree(MuscleListing.json(atlas.muscles()));
        assertEquals(atlas.muscles().size(), muscles.size());
        JsonNode first = muscles.get(0);
        assertEquals(MuscleListing.COLUMNS, iterableToList(first.fieldNames()));
        assertTrue(first.get("triangles").isInt());
        assertEquals("[ ]", MuscleListing.json(List.of()).strip());
    }

    private static List<String> iterableToList(Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }
}
