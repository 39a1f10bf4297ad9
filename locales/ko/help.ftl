## templates/pages/index.html

home-title = 일시 중지된 ACME 계정
home-heading = 제 ACME 클라이언트가 왜 일시 중지되었나요?
home-intro = { $ca }에서는 클라이언트가 한 번도 성공하지 못한 채 오랫동안 검증에 계속 실패하면, 해당 ACME 계정에 대해 일부 또는 모든 도메인의 인증서 발급을 일시 중지합니다. 이런 클라이언트는 대부분 잊혀 방치된 것이며, 일시 중지하면 모두의 불필요한 작업을 줄일 수 있습니다.
home-link = 클라이언트의 오류 메시지나 이메일에서 받은 링크가 있다면 열어 보세요. 무엇이 일시 중지되었는지 정확히 보여 주며, 클릭 한 번으로 일시 중지를 해제할 수 있습니다.
home-no-link = 링크가 없나요? 클라이언트를 한 번 더 실행하세요. 오류 메시지에 새 링크가 들어 있습니다.
home-help-link = 확인할 사항과 수정 사항을 테스트하는 방법

## templates/pages/help.html

help-title = 일시 중지된 ACME 계정 도움말
help-heading = 일시 중지된 ACME 계정 도움말
help-toc = 이 페이지의 내용
help-why-heading = 왜 일시 중지되었나요?
help-why = { $ca }에서는 ACME 계정의 클라이언트가 오랜 기간 어떤 도메인의 검증에 거듭 실패하고 인증서를 한 번도 발급받지 못한 경우, 해당 계정에 대해 그 도메인을 일시 중지합니다. 일시 중지된 도메인이 많고 성공한 적이 전혀 없는 계정은 계정 전체가 일시 중지될 수 있습니다. 계정 자체에는 아무 문제가 없습니다. 클라이언트와 도메인 사이의 무언가가 바뀐 것입니다.
help-check-heading = 확인할 사항
help-check-domain = 도메인이 아직 등록되어 있고 여전히 본인 소유인가요? 만료된 도메인은 절대로 검증을 통과할 수 없습니다.
help-check-dns = 도메인의 DNS 레코드(A, AAAA, CNAME)가 여전히 클라이언트가 실행되는 서버를 가리키고 있나요?
help-check-http = 그 서버가 해당 도메인에 대해 80번 포트로 응답하고, 클라이언트가 파일을 쓰는 폴더의 내용을 /.well-known/acme-challenge/ 경로로 제공하고 있나요?
help-check-old = 다른 곳으로 옮긴 도메인에 대해 예전 서버, 컨테이너 또는 호스팅 관리 패널에서 갱신 작업이 아직 실행되고 있지 않나요? 그 작업을 삭제하거나, 작업에서 해당 도메인을 제거하세요.
help-unpause-heading = 일시 중지 해제
help-unpause = 클라이언트의 오류 메시지나 이메일에 있는 링크를 열어 주세요. 페이지에 일시 중지된 항목이 표시됩니다. 전부 일시 중지를 해제할 수도 있고, 아직 사용하는 도메인만 해제할 수도 있습니다. 그 후에도 클라이언트가 계속 실패하면 도메인이 다시 일시 중지됩니다.
help-find-link-heading = 링크 찾기
help-find-link = 링크 끝에는 “?jwt=” 다음에 긴 코드가 붙어 있습니다. 이 링크는 클라이언트의 로그 파일이나 JSON 오류 속에 묻혀 있는 경우가 많습니다. 로그에서 “unpause”를 검색해 링크 전체를 복사하세요.
help-forum = 그래도 해결되지 않나요? 커뮤니티 포럼에 질문해 주세요. 도메인과 오류 내용은 적어 주시되, 링크는 올리지 마세요. 링크를 가진 사람은 누구나 계정의 일시 중지를 해제할 수 있습니다.

## templates/partials/find_link.html

find-link-intro = ACME 클라이언트의 오류 메시지나 로그 일부를 아래에 붙여 넣으세요. 분량은 상관없습니다. 포털이 그 안에서 일시 중지 해제 링크를 찾아 해당 페이지로 안내해 드립니다. 링크가 이스케이프 처리되었거나, 따옴표로 묶였거나, 여러 줄로 나뉘어 있어도 찾을 수 있습니다. 붙여 넣은 내용은 저장되지 않습니다.
find-link-label = 오류 메시지 또는 로그 발췌
find-link-button = 내 링크 찾기

## templates/pages/find_link.html

find-link-title = 내 링크 찾기
find-link-none-heading = 일시 중지 해제 링크를 찾지 못했습니다
find-link-none-body = 텍스트에 일시 중지 해제 링크가 없습니다. “unpause” 또는 “jwt=” 문자열이 들어 있는 줄을 찾아보거나, 클라이언트를 한 번 더 실행해 오류 메시지 전체를 복사하세요.
find-link-cut-heading = 링크가 잘린 것 같습니다
find-link-cut-body = 텍스트에 일시 중지 해제 링크의 앞부분만 있고 나머지가 없습니다. 링크가 다음 줄로 이어지는 부분까지 포함해 메시지 전체를 다시 복사하세요.
find-link-empty-heading = 검색할 내용이 없습니다
find-link-empty-body = 먼저 입력란에 텍스트를 붙여 넣으세요.
