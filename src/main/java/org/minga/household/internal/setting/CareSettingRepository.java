package org.minga.household.internal.setting;

import org.springframework.data.repository.Repository;

/** Writes of care settings. Pages read {@link CareSettingReadModel}. */
interface CareSettingRepository extends Repository<CareSetting, Long> {

    CareSetting save(CareSetting setting);
}
