package org.myoplan.application;

import org.netbeans.junit.NbTestCase;

/**
 * What every GUI test does around its steps, in one place so that no test class can forget it: Jemmy
 * quiet with long waits, every exception reported anywhere in the application watched for (and
 * failing the test in tearDown), and the first-start question answered.
 */
abstract class GuiTestCase extends NbTestCase {

    GuiTestCase(String name) {
        super(name);
    }

    @Override
    protected void setUp() throws Exception {
        GuiTests.quietJemmy();
        GuiTests.watchForExceptions();
        GuiTests.answerFirstStart();
    }

    @Override
    protected void tearDown() throws Exception {
        GuiTests.assertNoExceptions();
    }
}
