package watch.safeguarding.catalog.service;

import jakarta.persistence.EntityManager;

/**
 * The start-up imports (councils, Ofsted's outcomes) of replicas that start together run one after the other: each
 * takes this transaction-scoped advisory lock first, so the second finds the first one's rows instead of racing it.
 */
final class ImportLock {

    private ImportLock() {
    }

    static void hold(EntityManager em) {
        em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(hashtext('catalog-start-up-import'))) held").getSingleResult();
    }
}
