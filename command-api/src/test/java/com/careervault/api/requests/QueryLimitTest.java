package com.careervault.api.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.careervault.api.problems.FieldProblem;
import com.careervault.api.problems.InvalidRequestException;
import org.junit.jupiter.api.Test;

class QueryLimitTest {

    @Test
    void absentOrBlankIsTheDefault() {
        assertThat(QueryLimit.parse(null, 20, 100)).isEqualTo(20);
        assertThat(QueryLimit.parse(" ", 20, 100)).isEqualTo(20);
    }

    @Test
    void aWholeNumberFromOneToTheMaximumIsTaken() {
        assertThat(QueryLimit.parse("1", 20, 100)).isEqualTo(1);
        assertThat(QueryLimit.parse(" 100 ", 20, 100)).isEqualTo(100);
    }

    @Test
    void anythingElseIsA400OnLimitNamingTheMaximum() {
        for (String bad : new String[] {"0", "101", "-1", "ten", "2.5", "99999999999"}) {
            InvalidRequestException refused = catchThrowableOfType(InvalidRequestException.class,
                    () -> QueryLimit.parse(bad, 20, 100));
            assertThat(refused.problems()).as(bad)
                    .containsExactly(new FieldProblem("limit", "must be a whole number from 1 to 100"));
        }
        assertThat(catchThrowableOfType(InvalidRequestException.class, () -> QueryLimit.parse("51", 10, 50))
                .problems()).containsExactly(new FieldProblem("limit", "must be a whole number from 1 to 50"));
    }
}
