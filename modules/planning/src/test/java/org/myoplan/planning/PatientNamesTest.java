package org.myoplan.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The short names on the tabs of the lower area. */
class PatientNamesTest {

    @Test
    void surnameAndFirstInitial() {
        assertEquals("Meier A.", PatientNames.shortForm("Anna Meier"));
        assertEquals("Meier A.", PatientNames.shortForm("Anna Maria Meier"));
        assertEquals("Meier-Schmidt A.", PatientNames.shortForm("Anna Meier-Schmidt"));
    }

    @Test
    void surnameFirstWithAComma() {
        assertEquals("Meier A.", PatientNames.shortForm("Meier, Anna"));
        assertEquals("Meier A.", PatientNames.shortForm("  Meier ,   anna  "));
    }

    @Test
    void lettersOutsideAsciiStayWhole() {
        assertEquals("Dvořák J.", PatientNames.shortForm("Jana Dvořák"));
        assertEquals("Zola É.", PatientNames.shortForm("émile Zola"));
        assertEquals("Łukasiewicz Ł.", PatientNames.shortForm("Łucja Łukasiewicz"));
        assertEquals("明 \uD840\uDC0B.", PatientNames.shortForm("\uD840\uDC0B\u5C0F 明"));
    }

    @Test
    void aSingleNameIsShownAsItIs() {
        assertEquals("Madonna", PatientNames.shortForm("Madonna"));
        assertEquals("Madonna", PatientNames.shortForm(" Madonna, "));
        assertEquals("Madonna", PatientNames.shortForm(", Madonna"));
    }

    @Test
    void spacesInsideTheNameCountOnce() {
        assertEquals("Meier A.", PatientNames.shortForm("Anna \t Meier"));
    }
}
