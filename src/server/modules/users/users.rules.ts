/** Password policy (accounts issue): at least 10 characters and not the username. Returns problems, never throws. */
export function checkPasswordPolicy(username: string, password: string): string[] {
  const problems: string[] = [];
  if ([...password].length < 10) problems.push('密码至少10个字符');
  if (password.trim().toLowerCase() === username.trim().toLowerCase()) problems.push('密码不能与用户名相同');
  return problems;
}

export const usernamePattern = /^[A-Za-z0-9_.@-]{3,64}$/;
