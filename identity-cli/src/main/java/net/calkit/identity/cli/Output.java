package net.calkit.identity.cli;

import java.util.List;
import net.calkit.identity.domain.Account;
import net.calkit.identity.domain.CalendarProfile;
import net.calkit.identity.domain.ProfileId;
import net.calkit.identity.domain.UserInfo;

/** What a command prints on success; each method returns whole lines. */
interface Output {
  String userInfo(UserInfo info);

  String account(Account account);

  String profiles(List<CalendarProfile> profiles);

  String conferencing(UserInfo info);

  String status(UserInfo info);

  String revoked(ProfileId profileId);
}
