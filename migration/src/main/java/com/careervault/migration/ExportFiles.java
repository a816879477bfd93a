package com.careervault.migration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.NoSuchElementException;
import org.bson.BsonType;
import org.bson.Document;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.DocumentCodec;
import org.bson.json.JsonParseException;
import org.bson.json.JsonReader;

/**
 * The files {@code mongoexport} writes ({@code users.json}, {@code jobs.json} in one directory): one document
 * per line (its default) or one JSON array ({@code --jsonArray}), in relaxed or canonical Extended JSON v2
 * (and the legacy shell mode {@code $date} forms that {@code org.bson}'s JsonReader also reads). Parsed by the
 * driver's {@link JsonReader}, streamed, never read whole. The file must be UTF-8 (what mongoexport writes):
 * bytes that are not are reported, never replaced.
 */
final class ExportFiles implements OldDocuments {

    private final Path directory;

    ExportFiles(Path directory) {
        this.directory = directory;
    }

    @Override
    public CloseableIterator<Read> read(String collection) {
        Path file = directory.resolve(collection + ".json");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no " + file + ": mongoexport --collection=" + collection
                    + " --out=" + file + " writes it");
        }
        try {
            BufferedReader reader = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file),
                    StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)));
            reader.mark(1 << 16);
            int first;
            do {
                first = reader.read();
            } while (first == '\uFEFF' || (first != -1 && Character.isWhitespace(first)));
            reader.reset();
            return first == '[' ? new ArrayFile(file.getFileName().toString(), reader)
                    : new LinesFile(file.getFileName().toString(), reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    @Override
    public long count(String collection) {
        return -1;
    }

    @Override
    public void close() {
    }

    /** mongoexport's default: one document per line; a bad line is reported and the next one read. */
    private static final class LinesFile implements CloseableIterator<Read> {

        private final String name;
        private final BufferedReader reader;
        private long lineNumber;
        private Read next;
        private boolean ended;

        LinesFile(String name, BufferedReader reader) {
            this.name = name;
            this.reader = reader;
        }

        @Override
        public boolean hasNext() {
            while (next == null && !ended) {
                String line;
                try {
                    line = reader.readLine();
                } catch (CharacterCodingException e) {
                    next = Read.unreadable(name + " after line " + lineNumber, "the file is not UTF-8; "
                            + "the rest of it was not read");
                    ended = true;
                    break;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                lineNumber++;
                if (line == null) {
                    ended = true;
                } else if (!line.isBlank()) {
                    try {
                        next = Read.of(Document.parse(line));
                    } catch (JsonParseException | org.bson.BsonInvalidOperationException e) {
                        next = Read.unreadable(name + " line " + lineNumber, "not Extended JSON: " + e.getMessage());
                    }
                }
            }
            return next != null;
        }

        @Override
        public Read next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Read read = next;
            next = null;
            return read;
        }

        @Override
        public void close() {
            try {
                reader.close();
            } catch (IOException ignored) {
                // read only
            }
        }
    }

    /** {@code mongoexport --jsonArray}: one array; a syntax error ends the file (reported once). */
    private static final class ArrayFile implements CloseableIterator<Read> {

        private final String name;
        private final BufferedReader source;
        private final JsonReader reader;
        private final DocumentCodec codec = new DocumentCodec();
        private long index;
        private Read pending;
        private boolean done;

        ArrayFile(String name, BufferedReader source) {
            this.name = name;
            this.source = source;
            this.reader = new JsonReader(source);
            reader.readBsonType();
            reader.readStartArray();
        }

        @Override
        public boolean hasNext() {
            if (pending == null && !done) {
                pending = advance();
            }
            return pending != null;
        }

        private Read advance() {
            try {
                if (reader.readBsonType() == BsonType.END_OF_DOCUMENT) {
                    done = true;
                    return null;
                }
                index++;
                return Read.of(codec.decode(reader, DecoderContext.builder().build()));
            } catch (RuntimeException e) {
                done = true;
                return Read.unreadable(name + " element " + (index + 1), "not Extended JSON (" + e.getMessage()
                        + "); the rest of the array was not read");
            }
        }

        @Override
        public Read next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Read read = pending;
            pending = null;
            return read;
        }

        @Override
        public void close() {
            try {
                source.close();
            } catch (IOException ignored) {
                // read only
            }
        }
    }
}
