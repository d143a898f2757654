package se.pollinator.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.dao.DataAccessException;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

import java.util.HashMap;
import java.util.Map;

/**
 * Keeps a database hiccup while storing a browser session from breaking the answer it rides on.
 * Spring Session stores the session (at least its last access time) just as the response is sent,
 * and looks it up again then; if the database fails at that moment, the answer is cut off mid-way
 * and the client cannot tell whether its command was done. So failing to store the session is
 * logged instead (at worst the person logs in again), and a session already read during this
 * request is not read again. Reading a session at the start still fails loudly (a 503), as
 * nothing has been answered yet.
 */
@Component
public class SessionStorage implements BeanPostProcessor {

    private static final Logger LOG = LoggerFactory.getLogger(SessionStorage.class);
    /** The sessions this thread's current request has read, by id. */
    private static final ThreadLocal<Map<String, Session>> READ = ThreadLocal.withInitial(HashMap::new);

    /** Forgets what the finished request read; called as every request ends. */
    public static void requestDone() {
        READ.remove();
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof JdbcIndexedSessionRepository jdbc ? new Forgiving(jdbc) : bean;
    }

    /** The JDBC session repository, but a failed save is logged, not thrown. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static final class Forgiving implements FindByIndexNameSessionRepository<Session> {

        // Its session type is not public: the repository is used through its interface.
        private final FindByIndexNameSessionRepository delegate;

        Forgiving(JdbcIndexedSessionRepository delegate) {
            this.delegate = delegate;
        }

        @Override
        public Session createSession() {
            return delegate.createSession();
        }

        @Override
        public void save(Session session) {
            try {
                delegate.save(session);
            } catch (DataAccessException | TransactionException e) {
                LOG.warn("Could not store browser session {}: {}", session.getId(),
                        e.getMostSpecificCause().toString());
            }
        }

        @Override
        public Session findById(String id) {
            try {
                Session session = delegate.findById(id);
                if (session != null) {
                    READ.get().put(id, session);
                }
                return session;
            } catch (DataAccessException | TransactionException e) {
                Session read = READ.get().get(id);
                if (read == null) {
                    throw e;
                }
                return read;
            }
        }

        @Override
        public void deleteById(String id) {
            delegate.deleteById(id);
        }

        @Override
        public Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
            return delegate.findByIndexNameAndIndexValue(indexName, indexValue);
        }
    }
}
