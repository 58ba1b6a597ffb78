package org.myoplan.atlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.myoplan.model.Side;

class MuscleSearchTest {

    private static MuscleSearch search;

    @BeforeAll
    static void load() {
        search = new MuscleSearch(Atlas.loadDefault());
    }

    @ParameterizedTest(name = "\"{0}\" finds {1}")
    @CsvSource({
        "biceps,                          biceps_brachii",
        "Biceps Brachii,                  biceps_brachii",
        "bíceps,                          biceps_brachii",
        "bicep,                           biceps_brachii",
        "FCR,                             flexor_carpi_radialis",
        "fcu,                             flexor_carpi_ulnaris",
        "FDS,                             flexor_digitorum_superficialis",
        "flexor digitorum superficialis,  flexor_digitorum_superficialis",
        "FLEXOR CARPI ULNARIS,            flexor_carpi_ulnaris",
        "gastrocnemius,                   gastrocnemius_lateral",
        "médial gastrocnémius,            gastrocnemius_medial",
        "pectoralis,                      pectoralis_major",
        "psoas,                           psoas_major",
        "sublimis,                        flexor_digitorum_superficialis",
        "flexor digitorum sublimis,       flexor_digitorum_superficialis",
        "flex dig sup,                    flexor_digitorum_superficialis",
        "gastro,                          gastrocnemius_lateral",
        "gastrocnemuis,                   gastrocnemius_lateral",
        "soleus,                          soleus",
        "solues,                          soleus",
        "tibialis posterior,              tibialis_posterior",
        "TP,                              tibialis_posterior",
        "brachioradialis,                 brachioradialis",
        "fibularis longus,                peroneus_longus",
        "pronator quadratus,              pronator_quadratus",
        "EHL,                             extensor_hallucis_longus",
        "thenar,                          flexor_pollicis_brevis_opponens",
    })
    void findsByNameSynonymAbbreviationPrefixAndTypo(String query, String expected) {
        List<MuscleSearch.Result> results = search.search(query, 10);
        assertTrue(!results.isEmpty(), "nothing found for " + query);
        assertEquals(expected, results.get(0).muscle().id(), () -> query + " -> " + results);
    }

    @Test
    void aSideWordNarrowsToThatSide() {
        List<MuscleSearch.Result> left = search.search("left biceps", 10);
        assertEquals("biceps_brachii.left", left.get(0).muscle().key());
        assertTrue(left.stream().allMatch(r -> r.muscle().side() == Side.LEFT));
        assertEquals("soleus.right", search.search("soleus R", 10).get(0).muscle().key());
        assertEquals(2,
                search.search("biceps brachii", 10).stream().filter(r -> r.muscle().id().equals("biceps_brachii"))
                .count(), "without a side both are found");
    }

    @Test
    void nonsenseFindsNothing() {
        assertEquals(List.of(), search.search("xylophone", 10));
        assertEquals(List.of(), search.search("   ", 10));
        assertEquals(List.of(), search.search(null, 10));
    }
}
