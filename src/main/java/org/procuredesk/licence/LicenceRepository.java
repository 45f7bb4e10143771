package org.procuredesk.licence;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LicenceRepository extends JpaRepository<Licence, Long> {

    List<Licence> findAllByOrderByProductAscVendorAscIdAsc();

    /** Takes a seat in one statement, only while one is free: 1 when taken, 0 when every seat is in use. */
    @Modifying(flushAutomatically = true)
    @Query(value = "update licence set seats_used = seats_used + 1, version = version + 1"
            + " where id = :id and seats_used < seats", nativeQuery = true)
    int takeSeat(@Param("id") long licenceId);

    /** Gives a seat back in one statement, holding the licence's row until the transaction ends. */
    @Modifying(flushAutomatically = true)
    @Query(value = "update licence set seats_used = seats_used - 1, version = version + 1"
            + " where id = :id and seats_used > 0", nativeQuery = true)
    int freeSeat(@Param("id") long licenceId);

    /** Licences that expire between the two days, both included, soonest first. */
    @Query("select l from Licence l where l.expiresOn between :from and :to order by l.expiresOn, l.product, l.id")
    List<Licence> expiringBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);

    /** Licences expired before the day that still have seats in use: software used without a valid licence. */
    @Query("select l from Licence l where l.expiresOn < :day and l.seatsUsed > 0 order by l.expiresOn, l.product, l.id")
    List<Licence> expiredInUse(@Param("day") LocalDate day);
}
