-- Benefits that change the handling of a case (平龙政服领办〔2022〕11号 三; 普政数局〔2022〕25号 二（二）): the services
-- granted to the applicant that officials must honour (企业开办大礼包, 上门服务/上门办理, 延时服务, 现场免勘验), as
-- GrantedService names separated by commas; and the code of the eligibility decision's answer, so that an applicant
-- whose grade allows no type asked for is told the benefits the grade still earns. Cases from before keep both empty:
-- their forms show no service to honour and their notices stay as they were sent.
ALTER TABLE commitment_case ADD COLUMN granted_services VARCHAR(200);
ALTER TABLE commitment_case ADD COLUMN eligibility_code VARCHAR(40);
