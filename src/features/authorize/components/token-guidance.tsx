/** What a newcomer needs to know about App Center API tokens, in short. */
export function TokenGuidance() {
  return (
    <details className="token-guidance">
      <summary>Which token, and how to get one</summary>
      <ul>
        <li>
          <strong>User token</strong>: acts with your rights on every app and
          organization you belong to. <strong>App token</strong>: works on one
          app only. When one app is all you need, an app token is the safer
          choice: if it leaks, only that app is exposed.
        </li>
        <li>
          <strong>Full access</strong> can change things (manager rights);{' '}
          <strong>read-only</strong> can only read (viewer rights). Pick
          read-only when you only need to look.
        </li>
        <li>
          Create a user token in the App Center portal: your avatar,{' '}
          <em>Account Settings</em>, <em>User API Tokens</em>,{' '}
          <em>New API token</em>. Create an app token: open the app,{' '}
          <em>Settings</em>, <em>App API Tokens</em>, <em>New API token</em>.
        </li>
        <li>
          The token's value is shown once, when it is created. Copy it then; it
          cannot be shown again.
        </li>
        <li>
          Never put a token in source code or commit it. Read it from an
          environment variable such as <code>APPCENTER_API_TOKEN</code>.
        </li>
        <li>
          If a token leaks, revoke it at once: delete it on the same{' '}
          <em>API Tokens</em> page, or call{' '}
          <code>DELETE /v0.1/api_tokens/{'{api_token_id}'}</code>.
        </li>
        <li>
          The <strong>App Secret</strong> (a GUID the SDKs use in your app) is
          not an API token and cannot call the REST API.
        </li>
      </ul>
    </details>
  )
}
