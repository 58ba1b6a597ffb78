package org.myoplan.cli;


/** Entry point of the myoplan command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(MyoplanCommand.newCommandLine().execute(args));
    }
}
