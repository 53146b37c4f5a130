/** Why a job did not finish: the user pressed 取消 (fileWork.ts), wherever the job was running. */
export class Cancelled extends Error {
  override readonly name = 'Cancelled';
}
