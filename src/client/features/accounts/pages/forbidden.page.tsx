import { Result } from 'antd';
import { ButtonLink } from '../../../components/button-link.js';
import { PageTitle } from '../../../components/page-title.js';
import { accountsStrings } from '../accounts.strings.js';

/** A signed-in user opened a page their role does not cover. */
export function ForbiddenPage() {
  return (
    <div className="page-container">
      <PageTitle title={accountsStrings.forbiddenTitle} />
      <Result
        status="403"
        title={<h1 className="result-heading">{accountsStrings.forbiddenTitle}</h1>}
        subTitle={accountsStrings.forbiddenMessage}
        extra={
          <ButtonLink type="primary" to="/account">
            {accountsStrings.myAccount}
          </ButtonLink>
        }
      />
    </div>
  );
}
