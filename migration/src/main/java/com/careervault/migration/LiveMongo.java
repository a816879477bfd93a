package com.careervault.migration;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;

/**
 * A live MongoDB, through the official sync driver: each collection is read with one cursor in {@code _id}
 * order (the driver fetches it in batches).
 */
final class LiveMongo implements OldDocuments {

    private final MongoClient client;
    private final MongoDatabase database;

    LiveMongo(String connectionString, String databaseName) {
        this.client = MongoClients.create(connectionString);
        this.database = client.getDatabase(databaseName);
    }

    @Override
    public CloseableIterator<Read> read(String collection) {
        MongoCursor<Document> cursor = database.getCollection(collection).find()
                .sort(new Document("_id", 1)).batchSize(1000).iterator();
        return new CloseableIterator<>() {
            @Override
            public boolean hasNext() {
                return cursor.hasNext();
            }

            @Override
            public Read next() {
                return Read.of(cursor.next());
            }

            @Override
            public void close() {
                cursor.close();
            }
        };
    }

    @Override
    public long count(String collection) {
        return database.getCollection(collection).countDocuments();
    }

    @Override
    public void close() {
        client.close();
    }
}
