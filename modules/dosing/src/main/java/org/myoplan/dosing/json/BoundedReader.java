package org.myoplan.dosing.json;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/** A reader that refuses to go past a number of characters, so a huge input fails early and cheaply. */
final class BoundedReader extends FilterReader {

    /** The input went past the bound. */
    static final class TooLongException extends IOException {
        private static final long serialVersionUID = 1L;

        TooLongException(long limit) {
            super("longer than " + limit + " characters");
        }
    }

    private final long limit;
    private long read;

    BoundedReader(Reader in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count(1);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) throws TooLongException {
        read += n;
        if (read > limit) {
            throw new TooLongException(limit);
        }
    }
}
