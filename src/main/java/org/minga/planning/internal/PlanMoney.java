package org.minga.planning.internal;

import java.math.BigDecimal;
import java.util.Currency;

import org.minga.planning.internal.domain.Money;
import org.springframework.stereotype.Component;

/** Money for the pages ({@code ${@planMoney.format(amount, 'COP')}}): as people of the currency's country write it. */
@Component
public record PlanMoney() {

    public String format(BigDecimal amount, String currency) {
        return Money.format(amount, Currency.getInstance(currency));
    }
}
