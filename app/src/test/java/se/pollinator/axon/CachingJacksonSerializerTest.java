package se.pollinator.axon;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.UnknownSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import se.pollinator.retro.Column;
import se.pollinator.retro.RetroEvents.CardAdded;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class CachingJacksonSerializerTest {

    /**
     * A class loader that counts how often it is asked for the card event's class. The JVM asks a
     * loader once per class and then remembers; a fresh loader for each read shows every lookup.
     */
    private static final class Counting extends ClassLoader {
        private final AtomicInteger asked;

        Counting(AtomicInteger asked) {
            super(CachingJacksonSerializerTest.class.getClassLoader());
            this.asked = asked;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.equals(CardAdded.class.getName())) {
                asked.incrementAndGet();
            }
            return super.loadClass(name, resolve);
        }
    }

    private static CachingJacksonSerializer serializer() {
        return new CachingJacksonSerializer(JacksonSerializer.builder().objectMapper(new ObjectMapper().registerModule(new JavaTimeModule())
                        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)));
    }

    @Test
    void readsWhatItWroteAndLooksEachClassUpOnce() {
        AtomicInteger asked = new AtomicInteger();
        CachingJacksonSerializer serializer = serializer();
        // Jackson looks classes up through the thread's context class loader.
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        try {
            for (int i = 0; i < 100; i++) {
                Thread.currentThread().setContextClassLoader(new Counting(asked));
                CardAdded card = new CardAdded("r1", "c" + i, "anna", Column.KEEP, "Kort " + i);
                SerializedObject<byte[]> stored = serializer.serialize(card, byte[].class);
                CardAdded read = serializer.deserialize(new SimpleSerializedObject<>(stored.getData(), byte[].class,
                        stored.getType()));
                assertThat(read).isEqualTo(card);
            }
        } finally {
            Thread.currentThread().setContextClassLoader(before);
        }
        assertThat(serializer.getReader(CardAdded.class)).as("one reader per class")
                .isSameAs(serializer.getReader(CardAdded.class));
        assertThat(asked).as("100 events of one type, one class lookup").hasValue(1);
    }

    @Test
    void aTypeItDoesNotKnowIsNeverRemembered() {
        CachingJacksonSerializer serializer = serializer();
        SimpleSerializedType gone = new SimpleSerializedType("se.pollinator.retro.RetroEvents$Removed", null);
        assertThat(serializer.classForType(gone)).isEqualTo(UnknownSerializedType.class);
        assertThat(serializer.classForType(gone)).isEqualTo(UnknownSerializedType.class);
        assertThat(serializer.classForType(new SimpleSerializedType(CardAdded.class.getName(), null)))
                .isEqualTo(CardAdded.class);
    }
}
