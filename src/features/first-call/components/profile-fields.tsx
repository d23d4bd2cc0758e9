interface Profile {
  id?: unknown
  display_name?: unknown
  name?: unknown
  email?: unknown
  avatar_url?: unknown
  can_change_password?: unknown
  origin?: unknown
}

const MEANINGS: Array<[keyof Profile, string]> = [
  ['display_name', 'the name App Center shows for you'],
  ['name', 'your user name; it is the owner_name of the apps you own yourself'],
  ['email', 'the address invitations and notifications go to'],
  ['id', 'your user id, which never changes'],
  [
    'origin',
    'where the account was created (appcenter, hockeyapp or codepush)',
  ],
  [
    'can_change_password',
    'whether you can change the password here (not for accounts signed in through another provider)',
  ],
  ['avatar_url', 'your picture, if you set one'],
]

/** The profile GET /v0.1/user returned, each field with what it means. */
export function ProfileFields({ profile }: { profile: Profile }) {
  return (
    <dl className="profile-fields">
      {MEANINGS.filter(
        ([field]) => profile[field] !== undefined && profile[field] !== null,
      ).map(([field, meaning]) => (
        <div key={field} className="profile-field">
          <dt>
            <code>{field}</code>: {String(profile[field])}
          </dt>
          <dd>{meaning}</dd>
        </div>
      ))}
    </dl>
  )
}
